import torch

# Q25. For p = softmax(a), dp_i/da_j = p_i (delta_ij - p_j). Check it at a = (0.5, -1, 2, 0).
a = torch.tensor([0.5, -1.0, 2.0, 0.0], dtype=torch.float64, requires_grad=True)
p = torch.softmax(a, dim=0)
rows = []
for i in range(4):
    g, = torch.autograd.grad(p[i], a, retain_graph=True)
    rows.append(g)
J = torch.stack(rows)
pd = p.detach()
formula = pd.unsqueeze(1) * (torch.eye(4, dtype=torch.float64) - pd.unsqueeze(0))
print(J.numpy().round(5))
print("match:", torch.allclose(J, formula), "rows sum to", J.sum(1).abs().max().item() < 1e-12)
