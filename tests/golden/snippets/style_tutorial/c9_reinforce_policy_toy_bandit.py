# REINFORCE on a 3-armed bandit: a softmax policy, Categorical sampling, and the log-prob times reward loss.
import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(0)
true_means = torch.tensor([0.2, 0.5, 0.8])
logits = nn.Parameter(torch.zeros(3))
opt = torch.optim.Adam([logits], lr=0.1)
baseline = 0.0
for episode in range(1, 201):
    dist = Categorical(logits=logits)
    actions = dist.sample((16,))
    rewards = torch.bernoulli(true_means[actions])
    baseline = 0.9 * baseline + 0.1 * rewards.mean().item()
    loss = -(dist.log_prob(actions) * (rewards - baseline)).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if episode % 50 == 0:
        probs = torch.softmax(logits.detach(), 0)
        print(f"episode {episode}: probs {probs} avg reward {rewards.mean().item():.3f}")
print(logits.argmax().item(), Categorical(logits=logits).entropy().item() < 1.0)
