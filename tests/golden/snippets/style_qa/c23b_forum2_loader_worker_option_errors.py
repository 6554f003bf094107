import torch
from torch.utils.data import DataLoader

for kwargs in ({"num_workers": -1}, {"timeout": -1}, {"prefetch_factor": 2}, {"persistent_workers": True}):
    try:
        DataLoader(range(4), **kwargs)
        print(kwargs, "ok")
    except Exception as e:
        print(kwargs, type(e).__name__, e)
