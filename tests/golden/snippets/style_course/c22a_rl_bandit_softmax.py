import torch

torch.manual_seed(12)
H = torch.zeros(3, requires_grad=False)
baseline = 0.0
alpha = 0.1
true_r = torch.tensor([0.0, 1.0, 0.5])
for t in range(1, 21):
    pi = torch.softmax(H, 0)
    a = torch.multinomial(pi, 1).item()
    r = true_r[a].item()
    baseline += (r - baseline) / t
    one = torch.zeros(3)
    one[a] = 1
    H += alpha * (r - baseline) * (one - pi)
print(H)
print(torch.softmax(H, 0))
print(round(baseline, 5))
