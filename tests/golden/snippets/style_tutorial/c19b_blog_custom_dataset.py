# Custom datasets in PyTorch: a CSV-like table in memory
import torch
from torch.utils.data import Dataset, DataLoader

rows = [("alice", 23, 1), ("bob", 31, 0), ("carol", 27, 1), ("dave", 45, 0), ("eve", 38, 1)]

class PeopleDataset(Dataset):
    def __init__(self, table, normalize=True):
        ages = torch.tensor([r[1] for r in table], dtype=torch.float32)
        self.ages = (ages - ages.mean()) / ages.std() if normalize else ages
        self.labels = torch.tensor([r[2] for r in table])
    def __len__(self):
        return self.labels.numel()
    def __getitem__(self, i):
        return {"age": self.ages[i], "label": self.labels[i]}

people = PeopleDataset(rows)
print(len(people), people[1])
for batch in DataLoader(people, batch_size=2):
    print(batch)
