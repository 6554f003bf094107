# zero_grad(set_to_none) and forgetting to zero D's grads between steps
import torch
import torch.nn as nn

torch.manual_seed(620)
critic = nn.Linear(2, 1)
optim_c = torch.optim.SGD(critic.parameters(), lr=0.1)
batch = torch.ones(4, 2)
critic(batch).sum().backward()
g1 = critic.weight.grad.clone()
critic(batch).sum().backward()
print(torch.equal(critic.weight.grad, 2 * g1))
optim_c.zero_grad(set_to_none=False)
print(critic.weight.grad)
optim_c.zero_grad()
print(critic.weight.grad)
