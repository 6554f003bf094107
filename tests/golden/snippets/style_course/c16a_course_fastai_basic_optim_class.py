# A BasicOptim class with step and zero_grad, used with nn.Linear
import torch
from torch import nn

class PlainSGD:
    def __init__(self, params, lr):
        self.params, self.lr = [p for p in params], lr

    def step(self):
        with torch.no_grad():
            for p in self.params:
                p.sub_(self.lr * p.grad)

    def zero_grad(self):
        for p in self.params:
            p.grad = None

torch.manual_seed(1664)
linear_model = nn.Linear(4, 1)
opt = PlainSGD(linear_model.parameters(), lr=0.5)
xb = torch.randn(8, 4)
yb = (xb.sum(1, keepdim=True) > 0).float()
for epoch in range(4):
    preds = linear_model(xb)
    loss = nn.functional.binary_cross_entropy_with_logits(preds, yb)
    loss.backward()
    opt.step()
    opt.zero_grad()
    print(epoch, loss.item(), linear_model.weight.grad)
print(linear_model.weight.data, linear_model.bias.data)
