# RL course: contextual bandit with a linear softmax policy over 2 contexts, REINFORCE plus an entropy bonus.
import torch
from torch.distributions import Categorical

torch.manual_seed(1)
best_arm = torch.tensor([2, 0])
W = torch.zeros(2, 3, requires_grad=True)
opt = torch.optim.Adam([W], lr=0.1)
for it in range(15):
    ctx = torch.randint(0, 2, (10,))
    feats = torch.nn.functional.one_hot(ctx, 2).float()
    pi = Categorical(probs=torch.softmax(feats @ W, dim=-1))
    a = pi.sample()
    r = (a == best_arm[ctx]).float()
    obj = (pi.log_prob(a) * (r - r.mean())).mean() + 0.01 * pi.entropy().mean()
    opt.zero_grad()
    (-obj).backward()
    opt.step()
    if it % 5 == 4:
        print(it, r.mean().item(), obj.item())
print(torch.softmax(W, dim=1))
greedy = W.argmax(dim=1)
print(greedy, torch.equal(greedy, best_arm))
print(Categorical(probs=torch.tensor([0.2, 0.3, 0.5])).sample((6,)))
