# REINFORCE on a three-armed bandit with torch.distributions.Categorical
import torch
from torch.distributions import Categorical

torch.manual_seed(1694)
true_means = torch.tensor([0.2, 0.8, 0.5])
logits = torch.zeros(3, requires_grad=True)
opt = torch.optim.Adam([logits], lr=0.1)
for episode in range(6):
    dist = Categorical(logits=logits)
    actions = dist.sample((16,))
    rewards = true_means[actions] + 0.1 * torch.randn(16)
    loss = -(dist.log_prob(actions) * (rewards - rewards.mean())).mean()
    opt.zero_grad(); loss.backward(); opt.step()
    print(episode, actions.bincount(minlength=3).tolist(), round(rewards.mean().item(), 6), dist.entropy().item())
print(torch.softmax(logits, 0))
