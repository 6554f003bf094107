import torch

dev = torch.device('cuda')
print(dev, repr(dev), dev.type, dev.index)
print(torch.device('cuda:1'), torch.device('cuda', 0), torch.device('cpu') == 'cpu')
device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
print(torch.ones(2, device=device))
for attempt in (lambda: torch.ones(2, device='cuda'), lambda: torch.ones(2).to(dev), lambda: torch.ones(2).cuda()):
    try:
        attempt()
    except AssertionError as e:
        print("AssertionError:", e)
try:
    torch.device('gpu')
except RuntimeError as e:
    print("RuntimeError:", e)
