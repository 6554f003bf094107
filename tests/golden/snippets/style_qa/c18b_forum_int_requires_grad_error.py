# Q: why can't my class-index tensor require grad?
import torch

try:
    ids = torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as err:
    print(err)
ids = torch.tensor([1, 2, 3])
try:
    ids.requires_grad_()
except RuntimeError as err:
    print(err)
emb = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print(emb[ids - 1].requires_grad, ids.float().requires_grad)
