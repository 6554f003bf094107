# REINFORCE on a toy 1-D "reach the goal" environment
import torch
import torch.nn as nn

torch.manual_seed(53)
policy = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 2))
opt = torch.optim.Adam(policy.parameters(), lr=0.05)
for ep in range(4):
    pos, logps, rewards = 0.0, [], []
    for t in range(5):
        probs = torch.softmax(policy(torch.tensor([pos])), -1)
        a = torch.multinomial(probs, 1).item()
        logps.append(torch.log(probs[a]))
        pos += 1.0 if a == 1 else -1.0
        rewards.append(1.0 if pos >= 2 else 0.0)
    G = torch.tensor([sum(rewards[i:]) for i in range(5)])
    loss = -(torch.stack(logps) * G).sum()
    opt.zero_grad(); loss.backward(); opt.step()
    print(ep, pos, sum(rewards), round(loss.item(), 4))
