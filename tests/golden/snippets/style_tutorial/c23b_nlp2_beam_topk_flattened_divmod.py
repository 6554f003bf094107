import torch

# One beam-search expansion step with the flattened-topk trick
beam, V = 3, 5
beam_scores = torch.tensor([-0.1, -0.5, -1.2])
next_logp = torch.log_softmax(torch.tensor([[1.0, 0.2, 0.0, -1.0, 0.5],
                                            [0.0, 2.0, 0.1, 0.3, 0.0],
                                            [0.5, 0.5, 0.5, 3.0, 0.0]]), dim=-1)
total = (beam_scores[:, None] + next_logp).view(-1)
scores, flat = total.topk(beam)
src_beam = torch.div(flat, V, rounding_mode="floor")
token = flat % V
print(scores.round(decimals=4), flat)
print(src_beam, token)
print(flat // V, torch.div(flat, V, rounding_mode="trunc"))
