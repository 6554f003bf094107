# A shared body: two backward passes through one graph
import torch
import torch.nn as nn

torch.manual_seed(22)
body = nn.Linear(2, 4)
pi_head, v_head = nn.Linear(4, 2), nn.Linear(4, 1)
h = torch.relu(body(torch.ones(3, 2)))
pi_loss = pi_head(h).logsumexp(-1).mean()
v_loss = v_head(h).pow(2).mean()
pi_loss.backward()
try:
    v_loss.backward()
    print('second backward ok', body.weight.grad.shape)
except RuntimeError as e:
    print(e)
h2 = torch.relu(body(torch.ones(3, 2)))
total = pi_head(h2).logsumexp(-1).mean()
total.backward()
try:
    total.backward()
except RuntimeError as e:
    print(type(e).__name__, str(e)[:80])
