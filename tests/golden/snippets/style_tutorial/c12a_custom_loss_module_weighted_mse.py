# Writing a custom loss as an nn.Module (weighted MSE with a mask) and checking its gradient.
import torch
import torch.nn as nn

class MaskedWeightedMSE(nn.Module):
    def __init__(self, weights):
        super().__init__()
        self.register_buffer("weights", weights)

    def forward(self, pred, target, mask):
        err = (pred - target) ** 2 * self.weights
        return (err * mask).sum() / mask.sum().clamp(min=1)

crit = MaskedWeightedMSE(torch.tensor([1.0, 2.0, 0.5]))
print(crit, list(crit.buffers()))
pred = torch.tensor([[0.5, 1.0, -1.0], [2.0, 0.0, 1.0]], requires_grad=True)
target = torch.tensor([[0.0, 1.0, 1.0], [1.0, 1.0, 1.0]])
mask = torch.tensor([[1.0, 1.0, 0.0], [1.0, 0.0, 1.0]])
loss = crit(pred, target, mask)
loss.backward()
print(loss, pred.grad)
manual = 2 * (pred.detach() - target) * crit.weights * mask / mask.sum()
print(torch.allclose(manual, pred.grad), manual)
print(crit(pred, target, torch.zeros_like(mask)))
print(crit.state_dict())
