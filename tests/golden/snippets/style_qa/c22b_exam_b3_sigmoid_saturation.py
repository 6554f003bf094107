import torch

# Exam B3-18. Vanishing gradients: print sigmoid' at large inputs in float32 and float64.
for dt in (torch.float32, torch.float64):
    z = torch.tensor([0.0, 10.0, 20.0, 40.0], dtype=dt, requires_grad=True)
    torch.sigmoid(z).sum().backward()
    print(dt, z.grad)
z = torch.tensor([-100.0, 100.0], requires_grad=True)
torch.nn.functional.logsigmoid(z).sum().backward()
print(z.grad)
