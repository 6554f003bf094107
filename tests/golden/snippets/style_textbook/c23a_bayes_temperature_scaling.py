# Temperature scaling: fit T on held-out logits by gradient descent on the NLL
import torch
import torch.nn.functional as F

logits = torch.tensor([[4.0, 1.0, 0.0], [3.5, 3.0, 0.5], [0.0, 5.0, 1.0], [2.0, 0.0, 2.5]])
labels = torch.tensor([0, 1, 1, 0])
log_T = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([log_T], lr=0.1)
for step in range(30):
    opt.zero_grad()
    loss = F.cross_entropy(logits / log_T.exp(), labels)
    loss.backward()
    opt.step()
    if step % 10 == 0:
        print(step, round(loss.item(), 4))
print(round(log_T.exp().item(), 3))
print(F.softmax(logits / log_T.exp(), 1).max(1).values.round(decimals=3))
