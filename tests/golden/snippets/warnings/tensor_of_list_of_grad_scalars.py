# torch.tensor of a list holding a tensor that requires grad reads it as float() does: one warning per process, none under no_grad.
a = torch.tensor(2.0, requires_grad=True)
with torch.no_grad():
    print(torch.tensor([a]))
print(torch.tensor([[a * 1, 1.0]]), torch.tensor((a,)))
print(torch.tensor([a]))
