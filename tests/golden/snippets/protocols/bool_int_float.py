import torch

print(bool(torch.tensor(0.)), bool(torch.tensor([2])))
print(int(torch.tensor(9.9)), float(torch.tensor([3])))
if torch.tensor(1.) > 0:
    print("positive")
if torch.tensor([0, 0]).any():
    print("never")
else:
    print("all zero")
print(not torch.tensor(False))
