# Calibration lecture: temperature scaling fitted with L-BFGS, expected calibration error with bucketize.
import torch
import torch.nn.functional as F

torch.manual_seed(97)
logits = torch.randn(200, 3) * 3
labels = torch.distributions.Categorical(logits=logits / 2.5).sample()
log_t = torch.zeros(1, requires_grad=True)
opt = torch.optim.LBFGS([log_t], lr=0.5, max_iter=30)

def closure():
    opt.zero_grad()
    loss = F.cross_entropy(logits / log_t.exp(), labels)
    loss.backward()
    return loss

print("before", F.cross_entropy(logits, labels).item())
opt.step(closure)
T = log_t.exp().item()
print("T", T, "after", F.cross_entropy(logits / T, labels).item())

def ece(probs, labels, bins=5):
    conf, pred = probs.max(1)
    edges = torch.linspace(0, 1, bins + 1)
    which = torch.bucketize(conf, edges[1:-1])
    total = torch.zeros(())
    for b in range(bins):
        m = which == b
        if m.any():
            total += m.float().mean() * ((pred[m] == labels[m]).float().mean() - conf[m].mean()).abs()
    return total

print(ece(logits.softmax(1), labels), ece((logits / T).softmax(1), labels))
