import torch
from torch.utils.data import StackDataset, TensorDataset, ChainDataset, IterableDataset

imgs = TensorDataset(torch.arange(3.0))
labels = TensorDataset(torch.tensor([0, 1, 0]))
sd = StackDataset(image=imgs, label=labels)
print(len(sd), sd[1])
sd2 = StackDataset(imgs, labels)
print(sd2[2])
try:
    StackDataset(imgs, TensorDataset(torch.arange(4)))
except Exception as e:
    print(type(e).__name__, e)
class Count(IterableDataset):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
print(list(ChainDataset([Count(2), Count(3)])))
