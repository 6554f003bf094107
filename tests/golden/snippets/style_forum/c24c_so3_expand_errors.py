# Q: The expanded size of the tensor must match the existing size
import torch

x = torch.tensor([[1], [2], [3]])
print(x.expand(3, 4))
print(x.expand(2, 3, 2).shape)
for shape in [(4, 4), (3, -1, 2)]:
    try:
        x.expand(*shape)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(x.expand_as(torch.zeros(3, 2)))
