# SGD with momentum and nesterov on a linear regression, and the momentum buffers in the optimizer's state_dict.
import torch
import torch.nn as nn

torch.manual_seed(41)
X = torch.randn(20, 3)
true_w = torch.tensor([[1.5], [-2.0], [0.5]])
Y = X @ true_w + 0.1
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, nesterov=True, weight_decay=1e-4)
for epoch in range(15):
    loss = nn.functional.mse_loss(model(X), Y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if epoch % 5 == 4:
        print(epoch, loss.item())
print(model.weight.data, model.bias.data)
sd = optimizer.state_dict()
print(sd["param_groups"][0])
print(sd["state"][0]["momentum_buffer"])
try:
    torch.optim.SGD(model.parameters(), lr=0.1, nesterov=True)
except ValueError as e:
    print(e)
