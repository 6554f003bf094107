# Q: TypeError: object of type 'MyData' has no len()
import torch
from torch.utils.data import Dataset, DataLoader


class Squares(Dataset):
    def __getitem__(self, i):
        return torch.tensor([float(i)]), torch.tensor(float(i * i))


try:
    list(DataLoader(Squares(), batch_size=2))
except TypeError as e:
    print("TypeError:", e)


class Squares2(Squares):
    def __len__(self):
        return 5


batches = list(DataLoader(Squares2(), batch_size=2))
print(len(batches), batches[0])
