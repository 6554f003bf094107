# clip_grad_value_ on a critic, compared with norm clipping
import torch
import torch.nn as nn

critic = nn.Linear(2, 1)
with torch.no_grad():
    critic.weight.copy_(torch.tensor([[1.0, -2.0]]))
    critic.bias.fill_(0.5)
x = torch.tensor([[10.0, 3.0], [-4.0, 8.0]])
loss = (critic(x).squeeze(1) - torch.tensor([0.0, 1.0])).pow(2).mean()
loss.backward()
print(critic.weight.grad, critic.bias.grad)
out = nn.utils.clip_grad_value_(critic.parameters(), clip_value=5.0)
print(out)
print(critic.weight.grad, critic.bias.grad)
print(nn.utils.clip_grad_norm_(critic.parameters(), 100.0))
