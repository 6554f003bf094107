# Q: building a batch from a list of tensors: stack vs cat(unsqueeze), stacking tensors of different shapes.
import torch

imgs = [torch.full((2, 3), float(i)) for i in range(4)]
b1 = torch.stack(imgs)
b2 = torch.cat([t.unsqueeze(0) for t in imgs])
print(b1.shape, torch.equal(b1, b2))
print(torch.stack(imgs, dim=1).shape, torch.stack(imgs, dim=-1).shape)
try:
    torch.stack([torch.ones(2, 3), torch.ones(3, 2)])
except RuntimeError as e:
    print(e)
try:
    torch.stack([])
except RuntimeError as e:
    print(e)
try:
    torch.stack(imgs, dim=4)
except IndexError as e:
    print(e)
print(torch.stack([torch.tensor(1), torch.tensor(2)]), torch.stack((torch.ones(2), torch.zeros(2)), 1))
print(torch.vstack(imgs[:2]).shape, torch.dstack(imgs[:2]).shape, torch.column_stack([torch.ones(3), torch.zeros(3)]))
