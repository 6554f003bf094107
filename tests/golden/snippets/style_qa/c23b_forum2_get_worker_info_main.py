import torch
from torch.utils.data import IterableDataset, DataLoader, get_worker_info

class Split(IterableDataset):
    def __iter__(self):
        info = get_worker_info()
        print("worker info:", info)
        return iter(range(4))

print([b.tolist() for b in DataLoader(Split(), batch_size=3)])
print(get_worker_info() is None)
