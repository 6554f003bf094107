import torch

# a dim of size 1 keeps the stride its view gave it
row = torch.zeros(1, 4)
print(row.stride(), row.t().stride(), row.t().is_contiguous())
print(row.t().contiguous().stride(), row.t().clone().stride(), torch.empty_like(row.t()).stride())
print(torch.zeros(4, 1).t().stride(), torch.zeros(2, 1).t().stride(), torch.zeros(1, 1).t().stride())
print(torch.zeros(3, 4)[1:2].t().stride(), torch.zeros(1, 4).t().view(4, 1).stride())
print(torch.zeros(1, 4, 1).mT.stride(), torch.zeros(2, 1, 3).transpose(0, 2).stride())
p = torch.zeros(2, 1, 3).permute(2, 1, 0)
print(p.stride(), p.clone().stride(), p.contiguous().stride(), torch.zeros_like(p).stride())
print(torch.zeros(3).unsqueeze(0).stride(), torch.zeros(3).unsqueeze(1).stride(), torch.zeros(2, 3).t().unsqueeze(1).stride())
print(torch.zeros(1, 3).expand(4, 3).stride(), torch.zeros(3, 1).expand(3, 4).stride())
print(torch.zeros(3, 4)[:1].stride(), torch.zeros(3, 4)[:, :1].stride(), torch.zeros(1, 4)[:, ::2].stride())
