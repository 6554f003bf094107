import torch
for value in (0, -2, 1.5, "2", True):
    try:
        torch.set_num_threads(value)
    except RuntimeError as e:
        print(e)
torch.set_num_threads(1)
print(torch.get_num_threads())
print(torch.mm(torch.ones(2, 3), torch.ones(3, 2)))
