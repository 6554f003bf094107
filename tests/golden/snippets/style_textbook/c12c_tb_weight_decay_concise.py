# Regularization chapter: concise weight decay, comparing norms.
import torch
from torch import nn

torch.manual_seed(0)
n_train, num_inputs = 20, 50
true_w, true_b = torch.ones((num_inputs, 1)) * 0.01, 0.05
X = torch.randn(n_train, num_inputs)
y = X @ true_w + true_b + torch.randn(n_train, 1) * 0.01

def train(wd):
    torch.manual_seed(1)
    net = nn.Linear(num_inputs, 1)
    for p in net.parameters():
        p.data.normal_()
    trainer = torch.optim.SGD([
        {"params": net.weight, "weight_decay": wd},
        {"params": net.bias}], lr=0.003)
    for epoch in range(20):
        trainer.zero_grad()
        l = nn.MSELoss()(net(X), y)
        l.backward()
        trainer.step()
    return l.item(), net.weight.norm().item()

print(train(0))
print(train(3))
