# Skip-gram with negative sampling: sigmoid of dot products, the loss and its gradients (float64).
import torch

torch.manual_seed(4)
V, D, K = 6, 3, 4
center_vecs = torch.randn(V, D, dtype=torch.float64, requires_grad=True)
outside_vecs = torch.randn(V, D, dtype=torch.float64, requires_grad=True)
center, outside = 2, 4
neg = torch.tensor([0, 5, 1, 5])
v_c = center_vecs[center]
u_o = outside_vecs[outside]
u_k = outside_vecs[neg]
loss = -torch.log(torch.sigmoid(u_o @ v_c)) - torch.log(torch.sigmoid(-(u_k @ v_c))).sum()
loss.backward()
print(loss.item())
print(center_vecs.grad[center])
print(outside_vecs.grad)
with torch.no_grad():
    s = torch.sigmoid(u_o @ v_c)
    sk = torch.sigmoid(-(u_k @ v_c))
    grad_vc = (s - 1) * u_o + ((1 - sk)[:, None] * u_k).sum(0)
print(torch.allclose(grad_vc, center_vecs.grad[center]))
print(torch.nn.functional.logsigmoid(u_o @ v_c), torch.sigmoid(torch.tensor([-30.0, 0.0, 30.0])))
