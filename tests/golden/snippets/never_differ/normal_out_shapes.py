import torch

torch.manual_seed(0)
mean = torch.tensor([0.0, 10.0, 100.0])
buf = torch.empty(3)
print(torch.normal(mean, 1.0, out=buf), buf.shape)
wide = torch.empty(2, 1)
print(torch.normal(mean, 0.5, out=wide))
print(torch.normal(0.0, torch.ones(3), out=torch.empty(5)).shape)
print(torch.normal(mean, torch.ones(3), out=torch.empty(1)))
for out in (torch.empty(7), torch.empty(0), torch.empty(3, 2)):
    try:
        torch.normal(mean, out=out)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(torch.normal(2.0, 1.0, (2,), out=torch.empty(4)))
