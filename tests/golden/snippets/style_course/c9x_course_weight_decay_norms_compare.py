# Course notebook: the same regression trained with and without weight decay; compare weight norms and losses.
import torch
from torch import nn

def train(wd):
    torch.manual_seed(1)
    n_train, num_inputs = 20, 50
    X = torch.randn(n_train + 100, num_inputs) * 0.1
    y = 0.05 + X.sum(1, keepdim=True) * 0.01 + 0.01 * torch.randn(n_train + 100, 1)
    net = nn.Linear(num_inputs, 1)
    nn.init.normal_(net.weight, std=1.0)
    nn.init.zeros_(net.bias)
    trainer = torch.optim.SGD([
        {"params": net.weight, "weight_decay": wd},
        {"params": net.bias}], lr=0.01)
    loss = nn.MSELoss()
    for epoch in range(30):
        l = loss(net(X[:n_train]), y[:n_train])
        trainer.zero_grad()
        l.backward()
        trainer.step()
    with torch.no_grad():
        tl = loss(net(X[:n_train]), y[:n_train]).item()
        vl = loss(net(X[n_train:]), y[n_train:]).item()
    print(f"wd={wd}: w norm {net.weight.norm().item():.5f}, train {tl:.5f}, test {vl:.5f}")
    print([g["weight_decay"] for g in trainer.param_groups])

train(0)
train(3)
