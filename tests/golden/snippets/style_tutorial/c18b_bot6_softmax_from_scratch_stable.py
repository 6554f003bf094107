"""Why we subtract the max in softmax: a demonstration of overflow."""
import torch


def naive_softmax(z: torch.Tensor) -> torch.Tensor:
    e = torch.exp(z)
    return e / e.sum()


def stable_softmax(z: torch.Tensor) -> torch.Tensor:
    e = torch.exp(z - z.max())
    return e / e.sum()


z = torch.tensor([10.0, 100.0, 1000.0])
print("naive :", naive_softmax(z))
print("stable:", stable_softmax(z))
print("torch :", torch.softmax(z, dim=0))
print(torch.exp(torch.tensor([88.0, 89.0])))
