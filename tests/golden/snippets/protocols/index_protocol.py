import operator

import torch

items = ["a", "b", "c", "d"]
i = torch.tensor(2)
print(items[i])
print(list(range(torch.tensor(3))))
print(items[torch.tensor(1):torch.tensor(3)])
print([0, 1, 2][torch.argmax(torch.tensor([1., 9., 3.]))])
print(operator.index(torch.tensor(5)), bin(torch.tensor(5)))
