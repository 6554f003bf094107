# Quiz: .numpy() returns a view of the tensor's memory. Who sees whose changes?
import torch

t = torch.zeros(3)
view = t.numpy()
view[1] = 7.0
print(t)
t.add_(1)
print(view)
t = t * 2
print(view, t)
