"""Optional helpers for running newsstruct on Dask and Spark.

Each module here imports its framework (``dask``, ``pyspark``) and is never
imported by the core package: install the matching extra first
(``pip install newsstruct[dask]`` or ``newsstruct[spark]``).
"""
