# Q: my dataset returns dicts -- what does a batch look like?
import torch
from torch.utils.data import DataLoader


data = [{"x": torch.tensor([float(i), 1.0]), "label": i % 2, "name": f"s{i}"} for i in range(5)]
batch = next(iter(DataLoader(data, batch_size=3)))
print(sorted(batch))
print(batch["x"], batch["label"], batch["name"])
print(batch["label"].dtype)
