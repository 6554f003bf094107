import torch
from torch.utils.data import DataLoader, Dataset


class Broken(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i == 2:
            raise ValueError(f"sample {i} is missing")
        return torch.tensor(float(i))


loader = DataLoader(Broken(), batch_size=1, num_workers=1)
seen = []
try:
    for batch in loader:
        seen.append(batch.item())
except ValueError as e:
    print(seen, type(e).__name__, str(e).splitlines()[0])
for bad in ["threads", 5]:
    try:
        DataLoader(Broken(), num_workers=1, multiprocessing_context=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
