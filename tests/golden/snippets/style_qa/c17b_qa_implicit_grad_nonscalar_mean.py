# Q: "grad can be implicitly created only for scalar outputs" - per-sample losses
import torch
import torch.nn.functional as F

pred = torch.tensor([0.5, 1.5, 2.0], requires_grad=True)
target = torch.tensor([1.0, 1.0, 1.0])
losses = F.mse_loss(pred, target, reduction='none')
try:
    losses.backward()
except RuntimeError as e:
    print(e)
losses.mean().backward()
print(pred.grad)
