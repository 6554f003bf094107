# Q: tensor_split vs split vs chunk
import torch

x = torch.arange(7)
print([t.tolist() for t in torch.tensor_split(x, 3)])
print([t.tolist() for t in torch.tensor_split(x, [2, 5])])
print([t.tolist() for t in x.tensor_split(torch.tensor([1, 6]))])
print([t.shape for t in torch.hsplit(torch.zeros(2, 6), 3)], [t.shape for t in torch.vsplit(torch.zeros(4, 2), [1])])
try:
    torch.hsplit(torch.zeros(2, 5), 2)
except RuntimeError as e:
    print("RuntimeError:", e)
