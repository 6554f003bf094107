# torch.optim.SGD reference usage: zero_grad, backward, step; state_dict and param_groups
import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True, weight_decay=1e-4)
input, target = torch.randn(4, 3), torch.randn(4, 1)
for _ in range(3):
    optimizer.zero_grad()
    loss = torch.nn.functional.mse_loss(model(input), target)
    loss.backward()
    optimizer.step()
print(loss)
print(model.weight)
print(optimizer)
print(optimizer.state_dict()['param_groups'])
