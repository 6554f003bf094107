# torch.nonzero (as_tuple) and torch.argwhere
import torch

print(torch.nonzero(torch.tensor([1, 1, 1, 0, 1])))
print(torch.nonzero(torch.tensor([[0.6, 0.0, 0.0, 0.0],
                                  [0.0, 0.4, 0.0, 0.0],
                                  [0.0, 0.0, 1.2, 0.0],
                                  [0.0, 0.0, 0.0, -0.4]])))
print(torch.nonzero(torch.tensor([1, 1, 1, 0, 1]), as_tuple=True))
print(torch.nonzero(torch.tensor(5), as_tuple=True))
print(torch.argwhere(torch.tensor([[1, 0, 1], [0, 1, 1]])))
