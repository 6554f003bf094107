# logistic-regression probe; read off which hidden neurons it relies on
import torch
import torch.nn.functional as F

torch.manual_seed(8)
hidden = torch.randn(50, 6)
concept = (hidden[:, 3] - 0.5 * hidden[:, 1] > 0).float()
w = torch.zeros(6, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = torch.optim.Adam([w, b], lr=0.1)
for step in range(100):
    logit = hidden @ w + b
    loss = F.binary_cross_entropy_with_logits(logit, concept)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("loss", round(loss.item(), 4))
print(w.detach())
print("top neurons", w.detach().abs().topk(2).indices.tolist())
pred = (torch.sigmoid(hidden @ w + b) > 0.5).float()
print("accuracy", (pred == concept).float().mean().item())
