# clipping the critic's gradient norm and reading the returned total norm
import torch
import torch.nn as nn

critic = nn.Linear(3, 1)
with torch.no_grad():
    critic.weight.fill_(2.0)
    critic.bias.fill_(0.0)
loss = critic(torch.full((4, 3), 5.0)).mean()
loss.backward()
total = nn.utils.clip_grad_norm_(critic.parameters(), max_norm=1.0)
print(total)
print(critic.weight.grad, critic.bias.grad)
print(nn.utils.clip_grad_value_(critic.parameters(), 0.1))
print(critic.weight.grad)
