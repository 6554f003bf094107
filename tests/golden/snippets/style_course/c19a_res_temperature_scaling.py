# post-hoc temperature scaling: fit one scalar T with LBFGS on validation logits
import torch
import torch.nn.functional as F
torch.manual_seed(54)
logits = torch.randn(20, 3) * 3
labels = torch.randint(0, 3, (20,))
T = torch.nn.Parameter(torch.ones(1))
opt = torch.optim.LBFGS([T], lr=0.1, max_iter=50)
def closure():
    opt.zero_grad()
    loss = F.cross_entropy(logits / T, labels)
    loss.backward()
    return loss
print(F.cross_entropy(logits, labels).item())
opt.step(closure)
print(T.item(), F.cross_entropy(logits / T, labels).item())
