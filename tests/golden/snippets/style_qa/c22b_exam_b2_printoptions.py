import torch

# Exam B2-6. Predict the display after each set_printoptions call.
vals = torch.tensor([123.456, 0.000321, 7.0])
torch.set_printoptions(precision=3, sci_mode=True)
print(vals)
torch.set_printoptions(precision=6, sci_mode=False)
print(vals)
torch.set_printoptions(threshold=5, edgeitems=1)
print(torch.linspace(0, 1, 9))
torch.set_printoptions(linewidth=30)
print(torch.arange(12.0) / 7)
