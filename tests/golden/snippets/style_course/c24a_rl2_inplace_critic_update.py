# Stepping the critic before the actor's backward: the in-place update breaks the graph
import torch
import torch.nn as nn

torch.manual_seed(21)
value_net = nn.Linear(3, 1, bias=True)
actor = nn.Linear(3, 2)
v_opt = torch.optim.SGD(value_net.parameters(), lr=0.1)
s = torch.randn(4, 3)
vals = value_net(s).squeeze(1)
logp = torch.log_softmax(actor(s), -1)[:, 0]
critic_loss = vals.pow(2).mean()
pi_loss = -(logp * vals).mean()
v_opt.zero_grad()
critic_loss.backward(retain_graph=True)
v_opt.step()
try:
    pi_loss.backward()
except RuntimeError as e:
    print(str(e).split('. Hint')[0])
print(value_net.weight._version, value_net.bias._version)
