import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)
class ActorCritic(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 8)
        self.actor = nn.Linear(8, 2)
        self.critic = nn.Linear(8, 1)

    def forward(self, x):
        h = F.relu(self.body(x))
        return self.actor(h), self.critic(h)

model = ActorCritic()
x = torch.randn(3, 4)
logits, value = model(x)
print(logits.shape, value.shape)
returns = torch.tensor([1.0, 0.5, -0.2])
value = value.squeeze(-1)
adv = returns - value.detach()
log_probs = F.log_softmax(logits, dim=-1)
actions = torch.tensor([0, 1, 1])
chosen = log_probs[torch.arange(3), actions]
actor_loss = -(chosen * adv).mean()
critic_loss = F.mse_loss(value, returns)
total = actor_loss + 0.5 * critic_loss
total.backward()
print(round(actor_loss.item(), 5), round(critic_loss.item(), 5))
print(model.critic.bias.grad)
print(model.body.weight.grad.shape)
