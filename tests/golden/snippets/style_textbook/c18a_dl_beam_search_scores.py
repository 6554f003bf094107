# One step of beam search: expand beams by log-probabilities and keep the top-k
import torch

torch.manual_seed(10)
beam_size, vocab = 2, 5
beam_scores = torch.tensor([-0.5, -1.2])
next_logp = torch.log_softmax(torch.randn(beam_size, vocab), dim=-1)
total = beam_scores[:, None] + next_logp
flat_scores, flat_idx = total.view(-1).topk(beam_size)
beam_idx = flat_idx // vocab
token_idx = flat_idx % vocab
print(total)
print(flat_scores, beam_idx, token_idx)
print(torch.div(flat_idx, vocab, rounding_mode="floor"))
