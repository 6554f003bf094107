# PPO: several epochs over one rollout with minibatches
import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(80)
pi = nn.Linear(3, 2)
opt = torch.optim.Adam(pi.parameters(), lr=0.01)
S = torch.randn(8, 3)
with torch.no_grad():
    old = Categorical(logits=pi(S))
    A = old.sample()
    old_logp = old.log_prob(A)
adv = torch.randn(8)
for epoch in range(2):
    for mb in torch.randperm(8).split(4):
        d = Categorical(logits=pi(S[mb]))
        ratio = (d.log_prob(A[mb]) - old_logp[mb]).exp()
        loss = -torch.min(ratio * adv[mb], ratio.clamp(0.8, 1.2) * adv[mb]).mean() - 0.01 * d.entropy().mean()
        opt.zero_grad(); loss.backward(); opt.step()
        print(epoch, mb.tolist(), round(loss.item(), 5))
