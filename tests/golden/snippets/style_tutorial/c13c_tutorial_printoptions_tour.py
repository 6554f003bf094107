import torch

readings = torch.tensor([[0.000123, 45.6789, -7.25], [1234567.0, 0.5, 3.0]])
for prec in (1, 3, 6):
    torch.set_printoptions(precision=prec)
    print(f"precision={prec}:")
    print(readings)
torch.set_printoptions(precision=4, sci_mode=False)
print(readings)
print(readings.double())
torch.set_printoptions(profile="default")
print(torch.tensor([0.1, 0.25]) * 3)
print(torch.tensor([1e-9, 1.0]))
print(torch.tensor([100.0, 2000.0, 30000.0]))
print(torch.tensor([1.0, 2.0, 3.0]) / 3)
